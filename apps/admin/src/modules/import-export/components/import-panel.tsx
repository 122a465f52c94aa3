import { useMutation } from '@apollo/client/react';
import { type ChangeEvent, type DragEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportQuestionBankMutation } from '../../../gql/graphql';
import { CategoriesQuery, evictQuestionLists } from '../../bank';
import { Alert, Spinner } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { FileIcon, UploadIcon } from '../../../ui/icons';
import { ImportQuestionBankMutation as ImportDocument } from '../graphql/import-export.documents';
import './import-panel.css';

type ImportResult = ImportQuestionBankMutation['importQuestionBank'];

const MAX_BYTES = 5 * 1024 * 1024;

type Step =
  | { name: 'choose'; error?: string }
  | { name: 'previewing'; fileName: string }
  | { name: 'preview'; fileName: string; markdown: string; preview: ImportResult; error?: string }
  | { name: 'importing'; fileName: string; markdown: string; preview: ImportResult }
  | { name: 'done'; fileName: string; result: ImportResult };

function changeCount(result: ImportResult): number {
  return result.categoriesCreated + result.questionsCreated + result.questionsUpdated;
}

/** Upload, preview what would change (a dry run on the server), then confirm. */
export function ImportPanel() {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const [runImport] = useMutation(ImportDocument, {
    refetchQueries: [CategoriesQuery],
    update: (cache, result) => {
      if (!result.data || result.data.importQuestionBank.dryRun) return;
      // The bank is not on screen to refetch its categories (refetchQueries only reaches queries on screen): what it
      // cached of them is out of date.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'categories' });
      evictQuestionLists(cache);
    },
  });

  async function preview(file: File) {
    if (file.size > MAX_BYTES) {
      setStep({ name: 'choose', error: `${file.name} is larger than 5 MB; split it into several files.` });
      return;
    }
    setStep({ name: 'previewing', fileName: file.name });
    try {
      const markdown = await file.text();
      const result = await runImport({ variables: { markdown, dryRun: true } });
      setStep({ name: 'preview', fileName: file.name, markdown, preview: result.data!.importQuestionBank });
    } catch (caught) {
      setStep({ name: 'choose', error: `${file.name}: ${toUserError(caught).message}` });
    }
  }

  async function confirm() {
    if (step.name !== 'preview') return;
    setStep({ ...step, name: 'importing' });
    try {
      const result = await runImport({ variables: { markdown: step.markdown, dryRun: false } });
      const imported = result.data!.importQuestionBank;
      setStep({ name: 'done', fileName: step.fileName, result: imported });
    } catch (caught) {
      setStep({ ...step, name: 'preview', error: toUserError(caught).message });
    }
  }

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void preview(file);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void preview(file);
  }

  function reset() {
    setStep({ name: 'choose' });
    window.requestAnimationFrame(() => inputRef.current?.focus());
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title" className="card-title">
        <UploadIcon /> Import Markdown
      </h2>
      <p className="muted small">
        One <code>## Category</code> per section and one <code>### Question</code> with <code>- talking points</code> beneath, like an
        export. Questions match by title within their category: new ones are added, changed ones get a new revision, nothing is deleted.
      </p>

      {(step.name === 'choose' || step.name === 'previewing') && (
        <div
          className={`dropzone${dragging ? ' dropzone-active' : ''}`}
          onDragOver={(event) => (event.preventDefault(), setDragging(true))}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          {step.name === 'previewing' ? (
            <p className="row gap-sm center" role="status">
              <Spinner label="Reading" /> Checking {step.fileName}…
            </p>
          ) : (
            <>
              <FileIcon width={28} height={28} className="muted" />
              <input
                id="import-file"
                ref={inputRef}
                className="visually-hidden-input"
                type="file"
                accept=".md,.markdown,.txt,text/markdown,text/plain"
                onChange={onFile}
                aria-label="Markdown file"
              />
              <label htmlFor="import-file" className="dropzone-label">
                <span className="btn btn-primary">Choose a Markdown file</span>
                <span className="muted small"> or drop it here</span>
              </label>
            </>
          )}
        </div>
      )}
      {step.name === 'choose' && step.error && <Alert>{step.error}</Alert>}

      {(step.name === 'preview' || step.name === 'importing') && (
        <div className="import-preview" aria-labelledby="preview-title">
          <h3 id="preview-title" className="preview-title" tabIndex={-1} ref={(element) => element?.focus({ preventScroll: true })}>
            Preview of {step.fileName}: nothing has changed yet
          </h3>
          <ImportCounts result={step.preview} />
          <SkippedLines result={step.preview} />
          {step.name === 'preview' && step.error && <Alert>{step.error}</Alert>}
          {changeCount(step.preview) === 0 && (
            <Alert tone="info">Everything in this file is already in the bank: importing would change nothing.</Alert>
          )}
          <div className="row gap-sm">
            <button
              type="button"
              className="btn btn-primary"
              onClick={confirm}
              disabled={step.name === 'importing' || changeCount(step.preview) === 0}
            >
              {step.name === 'importing' ? 'Importing…' : 'Confirm import'}
            </button>
            <button type="button" className="btn" onClick={reset} disabled={step.name === 'importing'}>
              Choose another file
            </button>
          </div>
        </div>
      )}

      {step.name === 'done' && (
        <div className="import-preview">
          <Alert tone="success" title={`Imported ${step.fileName}`}>
            {plural(step.result.questionsCreated, 'new question')}, {plural(step.result.questionsUpdated, 'updated question')},{' '}
            {plural(step.result.categoriesCreated, 'new category', 'new categories')}.
          </Alert>
          <div className="row gap-sm">
            <Link className="btn btn-primary" to="/bank">
              Open the bank
            </Link>
            <button type="button" className="btn" onClick={reset}>
              Import another file
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function ImportCounts({ result }: { result: ImportResult }) {
  const counts = [
    { label: 'New categories', value: result.categoriesCreated },
    { label: 'New questions', value: result.questionsCreated },
    { label: 'Updated questions', value: result.questionsUpdated },
    { label: 'Unchanged questions', value: result.questionsUnchanged },
    { label: 'New talking points', value: result.talkingPointsCreated },
  ];
  return (
    <dl className="stats" aria-label="What the import would change">
      {counts.map((count) => (
        <div key={count.label} className={`stat${count.value > 0 ? ' stat-on' : ''}`}>
          <dt>{count.label}</dt>
          <dd>{count.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SkippedLines({ result }: { result: ImportResult }) {
  if (result.skipped.length === 0) return null;
  return (
    <details className="skipped">
      <summary>{plural(result.skipped.length, 'line')} will be skipped</summary>
      <ul>
        {result.skipped.map((line) => (
          <li key={`${line.line}-${line.reason}`}>
            <span className="mono">Line {line.line}</span> {line.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
