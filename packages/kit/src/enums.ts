import { type EnumDescription, glossaryEnums } from '@ronghe/types';
import { registerEnumType } from 'type-graphql';

/** Registers an enumeration for the schema, each value described by its zh-CN label. */
export function registerEnum<E extends string>(name: string, { values, description, labels }: EnumDescription<E>): void {
  const valuesConfig = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { description: labels[value] }]));
  registerEnumType(values, { name, description, valuesConfig });
}

let glossaryRegistered = false;

/** Registers every glossary enumeration once; the schema builder calls it, so no subgraph has to. */
export function registerGlossaryEnums(): void {
  if (glossaryRegistered) return;
  glossaryRegistered = true;
  for (const [name, description] of Object.entries(glossaryEnums)) registerEnum(name, description);
}
