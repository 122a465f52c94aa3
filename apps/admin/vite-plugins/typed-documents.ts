import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED_DOCUMENTS = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));
/** A `graphql(`…`)` call of the codegen client preset; its documents never interpolate. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;
/** How codegen writes each document: one line of JSON, fragments it spreads included. */
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm;
const MODULE_PREFIX = 'virtual:typed-document/';
const RESOLVED_PREFIX = '\0typed-document:';
/** Keeps the imported names apart from the module's own. */
const LOCAL_PREFIX = '__typed_';

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it, one module per document, as
 * the client preset's Babel plugin does. Without it the preset's `graphql()` looks documents up in a map of every
 * operation of the admin, and even named imports from gql/graphql.ts would share that one module: either way the
 * sign-in page would carry the documents of every page.
 */
export function typedDocuments(): Plugin {
  let documents: Promise<Map<string, string>> | undefined;
  const readDocuments = () =>
    (documents ??= readFile(GENERATED_DOCUMENTS, 'utf8').then(
      (source) => new Map([...source.matchAll(GENERATED_DOCUMENT)].map((match) => [match[1], match[2]])),
    ));

  return {
    name: 'panelist:typed-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/node_modules/') || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const names = new Set<string>();
      const transformed = code.replace(CALL, (_, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) this.error(`a graphql() document must start with a named operation or fragment:\n${source}`);
        const name = `${definition[2]}${definition[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        names.add(name);
        return `${LOCAL_PREFIX}${name}`;
      });
      if (names.size === 0) return null;
      // On the first line, so the lines before the first document keep their numbers.
      const imports = [...names].map((name) => `import ${LOCAL_PREFIX}${name} from '${MODULE_PREFIX}${name}';`).join(' ');
      return { code: `${imports} ${transformed}`, map: null };
    },
    resolveId(id) {
      return id.startsWith(MODULE_PREFIX) ? RESOLVED_PREFIX + id.slice(MODULE_PREFIX.length) : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      this.addWatchFile(GENERATED_DOCUMENTS);
      const name = id.slice(RESOLVED_PREFIX.length);
      const document = (await readDocuments()).get(name);
      if (!document) this.error(`${name} is not in src/gql/graphql.ts: run npm run codegen`);
      return `export default ${document};`;
    },
    watchChange(id) {
      if (id === GENERATED_DOCUMENTS) documents = undefined;
    },
  };
}
