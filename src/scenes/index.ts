/** Importing this module registers every built scene. */
export {};
