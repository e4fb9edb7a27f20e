// Two views of the database schema in one shape, so that `expect(actual).toEqual(expected)` shows
// any drift precisely:
// - expectedSchema(): what `prisma migrate dev` would build from prisma/schema.prisma (from Prisma's
//   own parser, @prisma/prisma-schema-wasm, via the DMMF);
// - introspectSchema(): what a database actually contains (pg_catalog, schema "public").
// Like Prisma's own differ, this ignores what the Prisma schema language cannot describe: CHECK
// constraints, triggers, functions, comments. `_prisma_migrations` is bookkeeping, not schema.
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type pg from "pg";

/** "autoincrement" (a sequence), "now" (the current time), a literal, or any other expression. */
export type ColumnDefault = "autoincrement" | "now" | { literal: string } | { expression: string } | null;

export type Column = { name: string; type: string; nullable: boolean; default: ColumnDefault };

export type Index = { columns: string[]; method?: string; where?: string };

export type ForeignKey = {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};

export type Table = {
  /** In column order. */
  columns: Column[];
  primaryKey: { name: string; columns: string[] } | null;
  uniqueIndexes: Record<string, Index>;
  indexes: Record<string, Index>;
  foreignKeys: Record<string, ForeignKey>;
};

export type Schema = {
  /** Enum type → its values, in order. */
  enums: Record<string, string[]>;
  tables: Record<string, Table>;
};

// ---------------------------------------------------------------------------------------------
// Expected: from schema.prisma
// ---------------------------------------------------------------------------------------------

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] };
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string }[];
};
type Dmmf = { datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] } };

// PostgreSQL truncates identifiers to 63 bytes; Prisma's default constraint names cut the
// "<table>_<columns>" part so that the suffix survives (psl-core constraint_names.rs).
const MAX_IDENTIFIER = 63;
function defaultName(table: string, columns: string[], suffix: string): string {
  const stem = columns.length > 0 ? `${table}_${columns.join("_")}` : table;
  return stem.slice(0, MAX_IDENTIFIER - suffix.length) + suffix;
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export function loadDmmf(schemaPath = path.resolve("prisma/schema.prisma")): Dmmf {
  const source = readFileSync(schemaPath, "utf8");
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", source]] }))) as Dmmf;
}

/**
 * Read from the schema's text: each model's `name Unsupported("type")? @map("column")` fields, and
 * the order of all its fields (the DMMF leaves Unsupported fields out, so it cannot say where they sit).
 */
function schemaText(schemaPath = path.resolve("prisma/schema.prisma")) {
  const unsupported = new Map<string, { name: string; dbName: string; type: string; isRequired: boolean }[]>();
  const fieldOrder = new Map<string, string[]>();
  let model: string | null = null;
  for (const line of readFileSync(schemaPath, "utf8").split("\n")) {
    const start = /^model (\w+) \{/.exec(line);
    if (start) model = start[1]!;
    else if (/^\}/.test(line)) model = null;
    if (!model) continue;
    const name = /^\s+(\w+)\s+\w/.exec(line)?.[1];
    if (name) fieldOrder.set(model, [...(fieldOrder.get(model) ?? []), name]);
    const field = /^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(?:.*@map\("([^"]+)"\))?/.exec(line);
    if (field) unsupported.set(model, [...(unsupported.get(model) ?? []), { name: field[1]!, type: field[2]!, isRequired: !field[3], dbName: field[4] ?? field[1]! }]);
  }
  return { unsupported, fieldOrder };
}

/** The schema `prisma migrate dev` would create from prisma/schema.prisma. */
export function expectedSchema(dmmf: Dmmf = loadDmmf()): Schema {
  const { models, enums, indexes } = dmmf.datamodel;
  const modelByName = new Map(models.map((model) => [model.name, model]));
  const enumByName = new Map(enums.map((e) => [e.name, e]));
  const tableName = (model: DmmfModel) => model.dbName ?? model.name;
  const { unsupported, fieldOrder } = schemaText();
  const columnName = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName) ?? unsupported.get(model.name)?.find((f) => f.name === fieldName);
    if (!field) throw new Error(`${model.name}.${fieldName} not found in the DMMF`);
    return field.dbName ?? field.name;
  };

  const schema: Schema = { enums: {}, tables: {} };
  for (const e of enums) schema.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const model of models) {
    const table = tableName(model);
    const scalarColumns = model.fields
      .filter((field) => field.kind === "scalar" || field.kind === "enum")
      .map((field) => {
        const enumType = field.kind === "enum" ? enumByName.get(field.type) : undefined;
        return {
          name: field.dbName ?? field.name,
          type: columnType(field, enumType ? (enumType.dbName ?? enumType.name) : undefined),
          // Prisma creates scalar lists without NOT NULL even though they are "required" in the
          // schema language (prisma/orm#13880, #26425); its client reads NULL as [].
          nullable: field.isList || !field.isRequired,
          default: columnDefault(field, enumType),
          field: field.name,
        };
      });
    // The DMMF leaves out Unsupported("tsvector") fields (the generated search columns): they take
    // their place in the schema's field order, like every column.
    const order = fieldOrder.get(model.name) ?? [];
    const columns: Column[] = [
      ...scalarColumns,
      ...(unsupported.get(model.name) ?? []).map((field) => ({ name: field.dbName, type: field.type, nullable: !field.isRequired, default: null, field: field.name })),
    ]
      .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
      .map((column) => ({ name: column.name, type: column.type, nullable: column.nullable, default: column.default }));

    const foreignKeys: Record<string, ForeignKey> = {};
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = modelByName.get(field.type);
      if (!target) throw new Error(`Relation ${model.name}.${field.name} points to unknown model ${field.type}`);
      const from = field.relationFromFields.map((name) => columnName(model, name));
      foreignKeys[defaultName(table, from, "_fkey")] = {
        columns: from,
        referencedTable: tableName(target),
        referencedColumns: (field.relationToFields ?? []).map((name) => columnName(target, name)),
        // Prisma's defaults: SET NULL for an optional relation, RESTRICT for a required one; ON UPDATE CASCADE.
        onDelete: referentialAction(field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")),
        onUpdate: referentialAction(field.relationOnUpdate ?? "Cascade"),
      };
    }

    schema.tables[table] = { columns, primaryKey: null, uniqueIndexes: {}, indexes: {}, foreignKeys };
  }

  for (const index of indexes) {
    const model = modelByName.get(index.model);
    if (!model) throw new Error(`Index on unknown model ${index.model}`);
    const table = tableName(model);
    const entry = schema.tables[table]!;
    const columns = index.fields.map((f) => columnName(model, f.name));
    const method = index.algorithm && index.algorithm !== "BTree" ? index.algorithm.toLowerCase() : undefined;
    switch (index.type) {
      case "id":
        entry.primaryKey = { name: index.dbName ?? defaultName(table, [], "_pkey"), columns };
        break;
      case "unique":
        entry.uniqueIndexes[index.dbName ?? defaultName(table, columns, "_key")] = withMethod({ columns }, method);
        break;
      case "normal":
        entry.indexes[index.dbName ?? defaultName(table, columns, "_idx")] = withMethod({ columns }, method);
        break;
      default:
        throw new Error(`Index type ${index.type} is not supported on PostgreSQL`);
    }
  }
  return schema;
}

function withMethod(index: Index, method: string | undefined): Index {
  return method ? { ...index, method } : index;
}

function referentialAction(action: string): string {
  const sql = REFERENTIAL_ACTIONS[action];
  if (!sql) throw new Error(`Unknown referential action ${action}`);
  return sql;
}

/** The type as PostgreSQL's format_type() prints it. */
function columnType(field: DmmfField, enumDbName: string | undefined): string {
  const [native, args = []] = field.nativeType ?? [undefined, []];
  let type: string | undefined;
  if (enumDbName) type = enumDbName;
  else if (native) type = nativeTypeName(native, args);
  else {
    type = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Boolean: "boolean",
      Float: "double precision",
      Decimal: "numeric(65,30)",
      DateTime: "timestamp(3) without time zone",
      Json: "jsonb",
      Bytes: "bytea",
    }[field.type];
  }
  if (!type) throw new Error(`No PostgreSQL type known for ${field.name}: ${field.type} ${native ?? ""}`);
  return field.isList ? `${type}[]` : type;
}

function nativeTypeName(native: string, args: string[]): string | undefined {
  const precision = args.length > 0 ? `(${args.join(",")})` : "";
  switch (native) {
    case "Timestamptz":
      return `timestamp${precision} with time zone`;
    case "Timestamp":
      return `timestamp${precision} without time zone`;
    case "Timetz":
      return `time${precision} with time zone`;
    case "Time":
      return `time${precision} without time zone`;
    case "VarChar":
      return `character varying${precision}`;
    case "Char":
      return `character${precision}`;
    case "Decimal":
      return `numeric${precision}`;
    default:
      return {
        Text: "text",
        Uuid: "uuid",
        Date: "date",
        Integer: "integer",
        SmallInt: "smallint",
        BigInt: "bigint",
        Real: "real",
        DoublePrecision: "double precision",
        Boolean: "boolean",
        Json: "json",
        JsonB: "jsonb",
        ByteA: "bytea",
        Inet: "inet",
        Citext: "citext",
      }[native];
  }
}

/** Only DB-level defaults: uuid(), cuid(), @updatedAt and the like are filled in by the client. */
function columnDefault(field: DmmfField, enumType: DmmfEnum | undefined): ColumnDefault {
  const value = field.default;
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && !Array.isArray(value)) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === "autoincrement") return "autoincrement";
    if (fn.name === "now") return "now";
    if (fn.name === "dbgenerated") return { expression: String(fn.args[0] ?? "") };
    return null; // uuid(), cuid(), nanoid(), ulid(): generated by Prisma Client
  }
  if (Array.isArray(value)) throw new Error(`List defaults are not supported here (${field.name})`);
  if (enumType) {
    const enumValue = enumType.values.find((v) => v.name === value);
    return { literal: enumValue?.dbName ?? String(value) };
  }
  return { literal: String(value) };
}

// ---------------------------------------------------------------------------------------------
// Actual: from the database
// ---------------------------------------------------------------------------------------------

const ACTION_CODES: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

/** The schema of `public` as the connected database has it (takes a client, so it sees open transactions). */
export async function introspectSchema(client: pg.ClientBase): Promise<Schema> {
  const schema: Schema = { enums: {}, tables: {} };

  const enums = await client.query<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE n.nspname = 'public'
    GROUP BY t.typname`);
  for (const row of enums.rows) schema.enums[row.name] = row.values;

  const columns = await client.query<{ table: string; name: string; type: string; nullable: boolean; default: string | null }>(`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           NOT a.attnotnull AS nullable,
           -- A generated column's expression is not a default (and Prisma cannot describe it).
           CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname, a.attnum`);
  for (const row of columns.rows) {
    schema.tables[row.table] ??= { columns: [], primaryKey: null, uniqueIndexes: {}, indexes: {}, foreignKeys: {} };
    schema.tables[row.table]!.columns.push({
      name: row.name,
      type: row.type,
      nullable: row.nullable,
      default: parseDefault(row.default, row.table, row.name),
    });
  }

  const indexes = await client.query<{
    table: string;
    name: string;
    primary: boolean;
    unique: boolean;
    columns: string[];
    method: string;
    where: string | null;
  }>(`
    SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
           array(SELECT coalesce(a.attname::text, '(expression)')
                 FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                 LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                 ORDER BY k.ord) AS columns,
           am.amname AS method, pg_get_expr(x.indpred, x.indrelid) AS where
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = i.relam
    WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
  for (const row of indexes.rows) {
    const table = schema.tables[row.table];
    if (!table) continue;
    // An index on an expression (e.g. documents_search_text_simple_idx) cannot be described in a
    // Prisma schema; Prisma's own introspection skips it too.
    if (row.columns.includes("(expression)")) continue;
    if (row.primary) {
      table.primaryKey = { name: row.name, columns: row.columns };
      continue;
    }
    const index: Index = { columns: row.columns };
    if (row.method !== "btree") index.method = row.method;
    if (row.where !== null) index.where = row.where;
    (row.unique ? table.uniqueIndexes : table.indexes)[row.name] = index;
  }

  const foreignKeys = await client.query<{
    table: string;
    name: string;
    columns: string[];
    referenced_table: string;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(`
    SELECT t.relname AS table, c.conname AS name, rt.relname AS referenced_table,
           array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
           array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS referenced_columns,
           c.confdeltype AS on_delete, c.confupdtype AS on_update
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_class rt ON rt.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
  for (const row of foreignKeys.rows) {
    const table = schema.tables[row.table];
    if (!table) continue;
    table.foreignKeys[row.name] = {
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: ACTION_CODES[row.on_delete] ?? row.on_delete,
      onUpdate: ACTION_CODES[row.on_update] ?? row.on_update,
    };
  }

  return schema;
}

/** Reads pg_get_expr() output back into the expected shape. */
function parseDefault(expression: string | null, table: string, column: string): ColumnDefault {
  if (expression === null) return null;
  // SERIAL / BIGSERIAL: the sequence PostgreSQL names <table>_<column>_seq.
  const sequence = /^nextval\('"?([^'"]+)"?'::regclass\)$/.exec(expression)?.[1];
  if (sequence === `${table}_${column}_seq`) return "autoincrement";
  if (expression === "CURRENT_TIMESTAMP" || expression === "now()") return "now";
  // 'text'::type, possibly with doubled quotes inside.
  const quoted = /^'((?:[^']|'')*)'::[^']+$/.exec(expression)?.[1];
  if (quoted !== undefined) return { literal: quoted.replaceAll("''", "'") };
  if (/^(-?\d+(\.\d+)?|true|false)$/.test(expression)) return { literal: expression };
  return { expression };
}
