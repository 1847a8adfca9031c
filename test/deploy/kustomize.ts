import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** A Kubernetes object as a manifest holds it. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: manifests are plain YAML data, checked by the schemas.
  spec?: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  [key: string]: any;
}

interface ImageEntry {
  name: string;
  newName?: string;
  newTag?: string;
}

/** The kustomization fields this renderer applies; any other field fails the render, never passes unread. */
const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'patches']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'StorageClass']);

/**
 * Renders a kustomization as `kubectl kustomize` does for the fields the deploy/k8s tree uses
 * (no kustomize binary is needed): resources (files and directories), strategic-merge patches
 * (maps merged, lists of named items merged by name, other lists replaced), images, namespace.
 */
export function renderKustomization(dir: string): Manifest[] {
  const file = path.join(dir, 'kustomization.yaml');
  const kustomization = readYaml(file)[0] as Record<string, unknown>;
  const unknown = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unknown.length > 0) throw new Error(`${file}: fields this renderer does not apply: ${unknown.join(', ')}`);

  const objects = ((kustomization.resources as string[] | undefined) ?? []).flatMap((entry) => {
    const target = path.join(dir, entry);
    return statSync(target).isDirectory() ? renderKustomization(target) : (readYaml(target) as Manifest[]);
  });
  for (const patch of (kustomization.patches as { path: string }[] | undefined) ?? []) {
    for (const change of readYaml(path.join(dir, patch.path)) as Manifest[]) {
      const index = objects.findIndex((o) => o.kind === change.kind && o.metadata.name === change.metadata.name);
      if (index < 0) throw new Error(`${patch.path}: no ${change.kind} ${change.metadata.name} to patch`);
      objects[index] = merge(objects[index], change) as Manifest;
    }
  }
  const images = (kustomization.images as ImageEntry[] | undefined) ?? [];
  for (const container of objects.flatMap(containersOf)) {
    const [name, tag] = splitImage(container.image);
    const entry = images.find((image) => image.name === name);
    if (entry) container.image = `${entry.newName ?? name}${entry.newTag ? `:${entry.newTag}` : tag ? `:${tag}` : ''}`;
  }
  const namespace = kustomization.namespace as string | undefined;
  if (namespace) {
    for (const object of objects) if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = namespace;
  }
  return objects;
}

/** The containers of an object's pod template (Deployment, Job) or pod. */
// biome-ignore lint/suspicious/noExplicitAny: see Manifest.
export function containersOf(object: Manifest): any[] {
  const pod = object.kind === 'Pod' ? object.spec : object.spec?.template?.spec;
  return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])];
}

function splitImage(image: string): [string, string | undefined] {
  const slash = image.lastIndexOf('/');
  const colon = image.indexOf(':', slash + 1);
  return colon < 0 ? [image, undefined] : [image.slice(0, colon), image.slice(colon + 1)];
}

function merge(base: unknown, patch: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(patch) && [...base, ...patch].every(isNamed)) {
    const result = base.map((item) => {
      const change = patch.find((p) => p.name === item.name);
      return change ? merge(item, change) : item;
    });
    return [...result, ...patch.filter((p) => !base.some((item) => item.name === p.name))];
  }
  if (isMap(base) && isMap(patch)) {
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) result[key] = value === null ? undefined : merge(base[key], value);
    return result;
  }
  return patch;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNamed = (value: unknown): value is { name: string } => isMap(value) && typeof value.name === 'string';

function readYaml(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message}`);
      return document.toJS();
    })
    .filter((document) => document !== null);
}
