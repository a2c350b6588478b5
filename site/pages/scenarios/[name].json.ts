/** `/scenarios/<preset>.json`: each preset as validated scenario JSON, for the embed page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { presets } from '../../../playground/scenarios/index';
import { presetJson } from '../../lib/presetJson';

export const getStaticPaths: GetStaticPaths = () => presets.map((p) => ({ params: { name: p.name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(presetJson(String(params['name'])), { headers: { 'Content-Type': 'application/json' } });
