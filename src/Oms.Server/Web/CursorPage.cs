namespace Oms.Server.Web;

/// <summary>
/// One page of a list. <see cref="NextCursor"/> is opaque: pass it as <c>cursor</c> to get the next page; null on the last.
/// Pages are keyset pages, so an item added meanwhile never shifts or repeats one.
/// </summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);
