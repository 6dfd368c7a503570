/**
 * Where each class's study data lives: the class store (the published notes and items, schema `c<class>`) and
 * one store per student of the class (their own cards, review log and settings, schema `s<class>_<person>`).
 * Both are the ordinary Store (store/types.ts) on PostgreSQL, so publishing reconciles each exactly as a local
 * scan does, and studying runs the same use cases as the local app.
 */
import { openPostgresStore, type PostgresConnection } from '../store/pg-open.js';
import type { ClassRecord } from '../store/server/classes.js';
import type { Store } from '../store/types.js';

export const classSchema = (cls: ClassRecord): string => `c${cls.id}`;
export const studentSchema = (cls: ClassRecord, personId: number): string => `s${cls.id}_${personId}`;

export function openClassStore(connection: PostgresConnection, cls: ClassRecord): Promise<Store> {
  return openPostgresStore(connection, classSchema(cls));
}

export function openStudentStore(
  connection: PostgresConnection,
  cls: ClassRecord,
  personId: number,
): Promise<Store> {
  return openPostgresStore(connection, studentSchema(cls, personId));
}
