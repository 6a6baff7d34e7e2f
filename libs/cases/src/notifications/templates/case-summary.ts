/**
 * What the receiving authority is told of a transferred case. The consumer's name and contact
 * details are there only when the consumer agreed to share them; their sensitive data never is.
 */
export interface CaseSummary {
  readonly product: string;
  readonly description: string;
  readonly sector?: string;
  readonly commune?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly purchaseDate?: string | null;
  readonly amountVnd?: number | null;
  readonly business: { readonly name: string; readonly taxCode?: string | null };
  /** Null: the consumer did not agree to share who they are and how to reach them. */
  readonly consumer: {
    readonly name: string;
    readonly email?: string | null;
    readonly phone?: string | null;
    readonly address?: string | null;
  } | null;
}
