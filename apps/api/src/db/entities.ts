import { Department } from '../features/rulebook/department.entity.js';
import { Duty } from '../features/rulebook/duty.entity.js';
import { Position } from '../features/rulebook/position.entity.js';

/** Every entity, listed explicitly: no folder scanning, so src (tsx) and dist (node) behave alike. */
export const entities = [Department, Position, Duty];
