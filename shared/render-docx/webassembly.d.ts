/**
 * The part of the WebAssembly JavaScript API that harfbuzz-subset.ts and export/font-subsetter.ts use. Node has it as
 * a global, but TypeScript declares it in the DOM library, which the Node side's tsconfig leaves out.
 */
declare namespace WebAssembly {
  /** A compiled module: opaque, as lib.dom.d.ts declares it. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Module {}
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  interface Memory {
    readonly buffer: ArrayBuffer;
  }
  function compile(bytes: ArrayBufferView | ArrayBuffer): Promise<Module>;
  function instantiate(module: Module, imports?: Record<string, Record<string, unknown>>): Promise<Instance>;
}
