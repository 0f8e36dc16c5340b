// Zod source written for the tests of `events import-zod`: every construct the importer reads.
import { z } from "zod";

export const NOTE_SCHEMA_VERSION = "1.0.0";
const MAX_TAGS = 5;

// Referenced by name: becomes `$defs/AuthorSchema`.
const AuthorSchema = z.object({
    id: z.string().uuid(),
    email: z.string().email().optional(),
    homepage: z.string().url().nullish(),
});

const AuditSchema = z.object({
    createdAt: z.string().datetime(),
    createdBy: z.string(),
    internal: z.boolean(),
});

const PriorityBaseSchema = z.object({ level: z.number().int().min(1).max(5) });

export const NotePayloadSchema = z.object({
    interactionId: z.string().min(1).max(64),
    text: z.string().nonempty().describe("The note itself."),
    tags: z.array(z.string()).min(1).max(MAX_TAGS).optional(),
    kind: z.enum(["private", "shared"]),
    pinned: z.boolean().default(false),
    score: z.number().nullable(),
    author: AuthorSchema,
    audit: AuditSchema.pick({ createdAt: true, createdBy: true }),
    visibleAudit: AuditSchema.omit({ internal: true }).optional(),
    target: z.union([z.string(), z.number()]),
    labels: z.record(z.string(), z.string()),
    priority: PriorityBaseSchema.extend({ reason: z.string().optional() }),
    merged: PriorityBaseSchema.merge(z.object({ note: z.string() })),
    channel: z.literal("chat"),
    schemaVersion: z.literal(NOTE_SCHEMA_VERSION),
});

export type NotePayload = z.infer<typeof NotePayloadSchema>;
