'use strict';
/**
 * Memory and CPU time of a server started with `--inspect=127.0.0.1:<port>`, read through the inspector
 * protocol. Memory after a full garbage collection, so heap figures count what is live, not what waits to
 * be collected.
 */
const WebSocket = require('ws');

async function connectInspector(port) {
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let id = 0;
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.error) call.reject(new Error(message.error.message));
    else call.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      pending.set(++id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    /** { rss, heapUsed, external, arrayBuffers } in bytes, after a full GC. */
    async memory() {
      await send('HeapProfiler.collectGarbage');
      const { result } = await send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
      return JSON.parse(result.value);
    },
    /** CPU time the server has used so far, user and system, in ms. */
    async cpuMs() {
      const { result } = await send('Runtime.evaluate', { expression: 'JSON.stringify(process.cpuUsage())', returnByValue: true });
      const { user, system } = JSON.parse(result.value);
      return (user + system) / 1000;
    },
    close: () => socket.close(),
  };
}

module.exports = { connectInspector };
