declare module "virtual:sourceline/dataset-validator" {
  /** True when `data` satisfies the dataset's JSON Schema (see src/build/datasetValidatorPlugin.ts). */
  export const validate: (data: unknown) => boolean;
  /** True when `data` is a valid item of its section (a source, a person, an event, an era). */
  export const sourcesItem: (data: unknown) => boolean;
  export const peopleItem: (data: unknown) => boolean;
  export const eventsItem: (data: unknown) => boolean;
  export const erasItem: (data: unknown) => boolean;
}
