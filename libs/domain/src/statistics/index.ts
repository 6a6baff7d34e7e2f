export * from './statistics-types';
