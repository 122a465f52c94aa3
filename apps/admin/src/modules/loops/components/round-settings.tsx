import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf } from '../../../ui/errors';
import type { RoundDraft } from '../hooks/round-draft';
import { FocusCategoryPicker } from './focus-category-picker';
import { LevelPicker } from './level-picker';
import { RatingScaleEditor } from './rating-scale-editor';
import './round-settings.css';

/** The round's own settings: name, stage, time, panel, level, what it assesses and how panelists rate. */
export function RoundSettings({
  draft,
  set,
  onToggleCategory,
  stages,
  categories,
  error,
  isNew,
}: {
  draft: RoundDraft;
  set: <K extends keyof RoundDraft>(key: K, value: RoundDraft[K]) => void;
  onToggleCategory: (id: string, on: boolean) => void;
  stages: Array<{ id: string; name: string }>;
  categories: Array<{ id: string; name: string; questionCount: number }> | null;
  error: UserError | null;
  isNew: boolean;
}) {
  return (
    <div className="card round-settings">
      <h2 className="card-title">Round</h2>
      <div data-field="name">
        <TextField
          label="Name"
          value={draft.name}
          onChange={(event) => set('name', event.target.value)}
          maxLength={120}
          autoFocus={isNew}
          placeholder="e.g. ML systems design"
          error={fieldErrorOf(error, 'name')}
        />
      </div>
      <div className="form-grid">
        <div data-field="stageId">
          <SelectField
            label="Stage"
            value={draft.stageId}
            onChange={(event) => set('stageId', event.target.value)}
            error={fieldErrorOf(error, 'stageId')}
          >
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div data-field="durationMinutes">
          <TextField
            label="Duration (minutes)"
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            step={5}
            value={draft.durationMinutes}
            onChange={(event) => set('durationMinutes', event.target.value)}
            error={fieldErrorOf(error, 'durationMinutes')}
          />
        </div>
        <div data-field="panelSize">
          <TextField
            label="Panel size"
            type="number"
            inputMode="numeric"
            min={1}
            max={12}
            value={draft.panelSize}
            onChange={(event) => set('panelSize', event.target.value)}
            error={fieldErrorOf(error, 'panelSize')}
            hint="Interviewers per interview"
          />
        </div>
        <LevelPicker value={draft.level} onChange={(level) => set('level', level)} />
      </div>
      <FocusCategoryPicker
        categories={categories}
        chosen={draft.focusCategoryIds}
        onToggle={onToggleCategory}
        error={fieldErrorOf(error, 'focusCategoryIds')}
      />
      <RatingScaleEditor
        labels={draft.ratingScale}
        onChange={(labels) => set('ratingScale', labels)}
        error={fieldErrorOf(error, 'ratingScale')}
      />
    </div>
  );
}
