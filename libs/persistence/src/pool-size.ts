/**
 * Connections each process opens by default. More than the server has cores to run them only adds
 * backends that wait on one another (the intake's statements all take the same yearly number row):
 * on a 2-core machine 20 cost PostgreSQL a fifth more CPU per complaint than 10 (bench/intake).
 */
export const DEFAULT_POOL_SIZE = 10;
