declare module "virtual:sourceline/dataset-validator" {
  /** True when `data` satisfies the dataset's JSON Schema (see src/build/datasetValidatorPlugin.ts). */
  export const validate: (data: unknown) => boolean;
}
