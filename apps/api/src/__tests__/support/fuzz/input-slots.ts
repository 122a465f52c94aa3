import { getNullableType, GraphQLField, GraphQLInputType, isInputObjectType, isListType } from 'graphql';

export type InputPath = ReadonlyArray<string | number>;

/** A place in an operation's arguments where a fuzzed value can go: an argument, an input field, a list item. */
export interface InputSlot {
  path: InputPath;
  type: GraphQLInputType;
  /** The argument's or input field's name (a list item's is its list's). */
  name: string;
}

// Deep enough for every input of the schema (anchors of a question are the deepest, at 3); recursive inputs stop here.
const MAX_DEPTH = 4;

/** Every argument of `field`, and inside them every input field and list item, down to the scalars. */
export function inputSlots(field: GraphQLField<unknown, unknown>): InputSlot[] {
  const slots: InputSlot[] = [];
  const visit = (path: InputPath, type: GraphQLInputType, name: string): void => {
    slots.push({ path, type, name });
    if (path.length > MAX_DEPTH) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) visit([...path, 0], nullable.ofType, name);
    else if (isInputObjectType(nullable))
      for (const input of Object.values(nullable.getFields())) visit([...path, input.name], input.type, input.name);
  };
  for (const arg of field.args) visit([arg.name], arg.type, arg.name);
  return slots;
}

/** `input.anchors[0].text` */
export function pathText(path: InputPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
