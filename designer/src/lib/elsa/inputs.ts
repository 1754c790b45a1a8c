import type { ElsaActivity } from './activity';
import { isJsonObject, type JsonObject, type JsonValue } from './json';

export type ExpressionType = 'Literal' | 'Object' | 'JavaScript' | 'Liquid';

export interface InputExpression {
  type: string;
  value: JsonValue;
}

/** An activity input as Elsa writes it: `{ typeName, expression: { type, value } }`. */
export function readExpression(activity: ElsaActivity, name: string): InputExpression | undefined {
  const input = activity[name];
  if (!isJsonObject(input) || !isJsonObject(input.expression)) return undefined;
  const { type, value } = input.expression;
  return typeof type === 'string' ? { type, value: value ?? null } : undefined;
}

/** The text of a Literal or Liquid input; undefined for formulas and missing inputs. */
export function readText(activity: ElsaActivity, name: string): string | undefined {
  const expression = readExpression(activity, name);
  if (!expression || (expression.type !== 'Literal' && expression.type !== 'Liquid')) return undefined;
  const { value } = expression;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function readBoolean(activity: ElsaActivity, name: string): boolean | undefined {
  const expression = readExpression(activity, name);
  if (!expression || expression.type !== 'Literal') return undefined;
  const { value } = expression;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.toLowerCase() === 'true';
  return undefined;
}

/** The value of an Object input, which may be inline JSON or a JSON string. */
export function readObject(activity: ElsaActivity, name: string): JsonValue | undefined {
  const expression = readExpression(activity, name);
  if (!expression || (expression.type !== 'Object' && expression.type !== 'Literal')) return undefined;
  const { value } = expression;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return expression.type === 'Object' ? undefined : value;
  }
}

export function readStringList(activity: ElsaActivity, name: string): string[] | undefined {
  const value = readObject(activity, name);
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string');
}

export function isFormula(activity: ElsaActivity, name: string): boolean {
  const type = readExpression(activity, name)?.type;
  return type === 'JavaScript' || type === 'CSharp' || type === 'Python';
}

export function writeInput(
  activity: ElsaActivity,
  name: string,
  typeName: string,
  expression: InputExpression,
): ElsaActivity {
  const old = activity[name];
  const base: JsonObject = isJsonObject(old) ? old : {};
  const oldExpression = isJsonObject(base.expression) ? base.expression : {};
  return {
    ...activity,
    [name]: { ...base, typeName, expression: { ...oldExpression, type: expression.type, value: expression.value } },
  };
}

export function removeInput(activity: ElsaActivity, name: string): ElsaActivity {
  if (!(name in activity)) return activity;
  return Object.fromEntries(Object.entries(activity).filter(([key]) => key !== name)) as ElsaActivity;
}

const liquidMarker = /\{\{|\{%/;

/** Text inputs become Liquid templates only when they use Liquid; an empty value removes the input. */
export function writeText(activity: ElsaActivity, name: string, text: string): ElsaActivity {
  if (text === '') return removeInput(activity, name);
  const type = liquidMarker.test(text) ? 'Liquid' : 'Literal';
  return writeInput(activity, name, 'String', { type, value: text });
}

export function writeBoolean(activity: ElsaActivity, name: string, value: boolean): ElsaActivity {
  return writeInput(activity, name, 'Boolean', { type: 'Literal', value: value ? 'true' : 'false' });
}

export function writeObject(activity: ElsaActivity, name: string, value: JsonValue | undefined): ElsaActivity {
  if (value === undefined) return removeInput(activity, name);
  return writeInput(activity, name, 'Object', { type: 'Object', value });
}
