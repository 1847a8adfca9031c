/** A person's name where not everyone may know it (the public list, an objector to non-office readers): the surname, the rest masked. */
export const maskName = (name: string) => (name.length <= 1 ? name : `${name[0]}${'*'.repeat(name.length - 1)}`);
