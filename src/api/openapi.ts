/**
 * The contract as an OpenAPI 3.1 document, assembled from the endpoint table and zod 4's own JSON
 * Schema output: every schema in it is generated, only the frame around them is written here.
 * `scripts/write-openapi.ts` writes it to `openapi.json`; `openapi.test.ts` fails when that file
 * and this function disagree.
 *
 * Requests are documented by what the server accepts (zod's input side: a query's `limit` is a
 * string of digits, a message before it is trimmed), answers by what it sends (the output side:
 * no keys beyond the schema's).
 */
import * as z from 'zod/mini';
import {
  cancelBodySchema,
  cancellationSchema,
  countsSchema,
  emptyBodySchema,
  isoDateTimeSchema,
  lineItemSchema,
  markAllReadBodySchema,
  markReadBodySchema,
  moneySchema,
  notificationKindSchema,
  notificationPageSchema,
  notificationSchema,
  orderIdSchema,
  orderListSchema,
  orderSchema,
  orderStatusSchema,
  orderSummarySchema,
  problemCodeSchema,
  problemSchema,
  refusalCodeSchema,
  restoreReasonIdSchema,
  restoreRequestBodySchema,
  restoreRequestSchema,
  restoreResultSchema,
  restoreResultsSchema,
  saleEventSchema,
  saleEventsSchema,
  selectionSchema,
  sellerSchema,
  unreadCountSchema,
} from './contract';
import { ENDPOINTS, idempotencyKeySchema, openApiDocumentSchema, type Endpoint } from './endpoints';

type JsonSchema = z.core.JSONSchema.BaseSchema;
type Json = Record<string, unknown>;

/**
 * Shared shapes named once and referenced (`$ref`) wherever they occur. A body or answer that is
 * not named here is still a component, named after its operation.
 */
const NAMED: ReadonlyArray<readonly [string, z.ZodMiniType]> = [
  ['DateTime', isoDateTimeSchema],
  ['OrderId', orderIdSchema],
  ['Money', moneySchema],
  ['LineItem', lineItemSchema],
  ['Seller', sellerSchema],
  ['OrderStatus', orderStatusSchema],
  ['Cancellation', cancellationSchema],
  ['RestoreReasonId', restoreReasonIdSchema],
  ['RestoreRequest', restoreRequestSchema],
  ['Order', orderSchema],
  ['OrderSummary', orderSummarySchema],
  ['RefusalCode', refusalCodeSchema],
  ['ProblemCode', problemCodeSchema],
  ['Problem', problemSchema],
  ['RestoreResult', restoreResultSchema],
  ['SaleEvent', saleEventSchema],
  ['OrderList', orderListSchema],
  ['Counts', countsSchema],
  ['Selection', selectionSchema],
  ['SaleEvents', saleEventsSchema],
  ['EmptyBody', emptyBodySchema],
  ['CancelBody', cancelBodySchema],
  ['RestoreRequestBody', restoreRequestBodySchema],
  ['RestoreResults', restoreResultsSchema],
  ['NotificationKind', notificationKindSchema],
  ['Notification', notificationSchema],
  ['NotificationPage', notificationPageSchema],
  ['MarkReadBody', markReadBodySchema],
  ['MarkAllReadBody', markAllReadBodySchema],
  ['UnreadCount', unreadCountSchema],
  ['OpenApiDocument', openApiDocumentSchema],
];

const COMPONENT = '#/components/schemas/';
const IDEMPOTENCY_KEY = 'IdempotencyKey';

/**
 * A pipe into a type-only transform (the `OrderId` brand) sends the same string it received, so
 * its output side is documented by its input side. Any other transform in an answer throws: it
 * needs a decision, not a guess.
 */
function brandInputs(): Map<unknown, z.ZodMiniType> {
  return new Map([[orderIdSchema._zod.def.out, orderIdSchema._zod.def.in]]);
}

const pascal = (id: string) => id[0]!.toUpperCase() + id.slice(1);

/** The registry both sides are converted from, and the component id of each endpoint's schemas. */
function register() {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<z.ZodMiniType, string>();
  const add = (schema: z.ZodMiniType, id: string) => {
    const known = ids.get(schema);
    if (known) return known;
    registry.add(schema, { id });
    ids.set(schema, id);
    return id;
  };
  for (const [id, schema] of NAMED) add(schema, id);
  // Parameter objects are registered only to be converted with the rest; they are spread into
  // `parameters`, never emitted as components.
  const parameterObjects = new Set<string>();
  for (const e of ENDPOINTS) {
    for (const [part, schema] of [
      ['Params', e.params],
      ['Query', e.query],
    ] as const) {
      if (schema) parameterObjects.add(add(schema, `${pascal(e.operationId)}${part}`));
    }
    if (e.body) add(e.body, `${pascal(e.operationId)}Body`);
    add(e.answer, `${pascal(e.operationId)}Answer`);
  }
  return { registry, ids, parameterObjects };
}

function convert(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output') {
  const brands = brandInputs();
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    cycles: 'throw',
    uri: (id) => `${COMPONENT}${id}`,
    unrepresentable: ({ zodSchema }) => {
      const input = brands.get(zodSchema);
      return input ? fragment(input) : 'throw';
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema)]),
  );
}

/** A component carries neither `$schema` (the document's dialect applies) nor its own `$id`. */
function withoutDialect(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

/** A schema with no components in it, inline (a parameter, a problem's code list). */
function fragment(schema: z.ZodMiniType): JsonSchema {
  return withoutDialect(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }));
}

/** Every component id a schema refers to, directly or through other components. */
function reachable(
  roots: readonly string[],
  schemas: Record<string, JsonSchema>,
  found = new Set<string>(),
) {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith(COMPONENT)) {
        const id = inner.slice(COMPONENT.length);
        if (!found.has(id)) {
          found.add(id);
          visit(schemas[id]);
        }
      } else visit(inner);
    }
  };
  for (const root of roots) {
    found.add(root);
    visit(schemas[root]);
  }
  return found;
}

const ref = (id: string) => ({ $ref: `${COMPONENT}${id}` });

/** `parameters` from an object schema's properties: path ones always required. */
function parameters(schema: JsonSchema | undefined, place: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: place,
    required: place === 'path' || required.has(name),
    schema: property,
  }));
}

function problemResponse(status: number, codes: readonly [string, ...string[]]) {
  return {
    description: codes.join(' or '),
    content: {
      'application/problem+json': {
        schema: {
          allOf: [
            ref('Problem'),
            fragment(z.object({ status: z.literal(status), code: z.enum(codes) })),
          ],
        },
      },
    },
  };
}

function operation(
  e: Endpoint,
  ids: Map<z.ZodMiniType, string>,
  input: Record<string, JsonSchema>,
): Json {
  const pathParams = parameters(e.params && input[ids.get(e.params)!], 'path');
  const named = [...e.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const declared = pathParams.map((parameter) => parameter.name);
  if (named.join() !== declared.join()) {
    throw new Error(
      `${e.operationId}: ${e.path} names {${named.join()}}, params declare ${declared.join()}`,
    );
  }
  const responses: Json = {
    '200': {
      description: 'OK',
      content: { 'application/json': { schema: ref(ids.get(e.answer)!) } },
    },
  };
  for (const { status, codes } of e.problems) {
    responses[String(status)] = problemResponse(status, codes as [string, ...string[]]);
  }
  return {
    operationId: e.operationId,
    summary: e.summary,
    parameters: [
      ...pathParams,
      ...parameters(e.query && input[ids.get(e.query)!], 'query'),
      ...(e.idempotent ? [{ $ref: `#/components/parameters/${IDEMPOTENCY_KEY}` }] : []),
    ],
    ...(e.body && {
      requestBody: {
        // Pay, confirm receipt, buy again and withdraw accept `{}`, so no body is needed at all.
        required: !e.body.safeParse({}).success,
        content: { 'application/json': { schema: ref(ids.get(e.body)!) } },
      },
    }),
    responses,
  };
}

export function buildOpenApiDocument() {
  const { registry, ids, parameterObjects } = register();
  const input = convert(registry, 'input');
  const output = convert(registry, 'output');

  const requestRoots = ENDPOINTS.flatMap((e) =>
    [e.params, e.query, e.body].filter((s) => s !== undefined).map((s) => ids.get(s)!),
  );
  const answerRoots = ENDPOINTS.map((e) => ids.get(e.answer)!).concat('Problem');
  const inRequests = reachable(requestRoots, input);
  const inAnswers = reachable(answerRoots, output);

  const schemas: Record<string, JsonSchema> = {};
  for (const id of [...new Set([...inRequests, ...inAnswers])].sort()) {
    if (parameterObjects.has(id)) continue;
    const requestSide = input[id]!;
    const answerSide = output[id]!;
    if (
      inRequests.has(id) &&
      inAnswers.has(id) &&
      JSON.stringify(requestSide) !== JSON.stringify(answerSide)
    ) {
      throw new Error(
        `${id} reads differently in requests and in answers: give each side its own component.`,
      );
    }
    schemas[id] = inAnswers.has(id) ? answerSide : requestSide;
  }

  const paths: Record<string, Record<string, Json>> = {};
  for (const e of ENDPOINTS) (paths[e.path] ??= {})[e.method] = operation(e, ids, input);

  return {
    openapi: '3.1.0',
    info: {
      title: 'Order Restore API',
      version: '1.0.0',
      description:
        'The buyer-facing API of Order Restore, generated from src/api/contract.ts and src/api/endpoints.ts. Errors are application/problem+json with a machine code; every change needs an Idempotency-Key.',
    },
    paths,
    components: {
      schemas,
      parameters: {
        [IDEMPOTENCY_KEY]: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'One key per change: a retry with the same key and body gets the first answer and changes nothing; the same key with another body is refused (422).',
          schema: fragment(idempotencyKeySchema),
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
