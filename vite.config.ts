import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicyPlugin } from "./src/build/contentSecurityPolicyPlugin.ts";
import { datasetValidatorPlugin } from "./src/build/datasetValidatorPlugin.ts";
import { embedDatasetPlugin } from "./src/build/embedDatasetPlugin.ts";
import { messagesPlugin } from "./src/build/messagesPlugin.ts";
import { prerenderPlugin } from "./src/build/prerenderPlugin.ts";
import { standalonePagePlugin } from "./src/build/standalonePagePlugin.ts";

export default defineConfig(({ mode }) => {
  // `vite build --mode standalone`: one HTML file with scripts, styles, dataset and articles inside.
  const standalone = mode === "standalone";
  return {
    // Relative asset URLs: the built app works from any sub-path of any static host.
    base: "./",
    plugins: standalone
      ? [
          react(),
          messagesPlugin(),
          datasetValidatorPlugin(),
          embedDatasetPlugin("public/data"),
          viteSingleFile({ removeViteModuleLoader: true }),
          contentSecurityPolicyPlugin(),
        ]
      : [
          react(),
          messagesPlugin(),
          datasetValidatorPlugin(),
          prerenderPlugin("public/data"),
          contentSecurityPolicyPlugin(),
          standalonePagePlugin(),
        ],
    publicDir: standalone ? false : "public",
    build: standalone ? { outDir: "dist-standalone", emptyOutDir: true } : {},
    test: {
      projects: [
        {
          extends: true,
          test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
        },
        {
          extends: true,
          test: {
            name: "components",
            include: ["tests/components/**/*.test.tsx"],
            environment: "jsdom",
            setupFiles: ["tests/setup/components.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "browser",
            include: ["tests/browser/**/*.test.ts"],
            environment: "node",
            globalSetup: ["tests/browser/globalSetup.ts"],
            testTimeout: 30_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
