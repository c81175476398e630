import type { needs as fr } from "../fr/needs";
import type { Translations } from "../types";

export const needs: Translations<typeof fr> = {};
