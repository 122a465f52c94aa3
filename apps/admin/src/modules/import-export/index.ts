// What other modules and pages may use of the bank's import and export.
export { ExportButton } from './components/export-button';
export { ImportPanel } from './components/import-panel';
