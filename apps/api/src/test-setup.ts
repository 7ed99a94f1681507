// Decorated classes (type-graphql, MikroORM) read metadata through this polyfill: load it first.
import 'reflect-metadata';
