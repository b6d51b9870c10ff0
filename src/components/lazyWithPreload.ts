import { type ComponentType, createElement, lazy } from "react";

/** A component whose code loads on first use, or earlier through `preload`. */
export type PreloadableComponent<P extends object> = ComponentType<P> & {
  preload: () => Promise<ComponentType<P>>;
};

/**
 * `React.lazy` for a named export, with a `preload()` that fetches the code ahead of need (after
 * the first draw, say). Once loaded, the component renders at once, never suspending again.
 */
export function lazyWithPreload<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = null; // a later preload tries again
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  // Made once per lazy view, at module level (as `lazy` itself is): the type stays the same.
  // biome-ignore lint/correctness/noComponentHookFactories: a factory called at module level.
  function Preloadable(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return Object.assign(Preloadable, { preload });
}
