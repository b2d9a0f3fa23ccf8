namespace Oms.Ui.Api.Models;

/// <summary>A page of a list as the API returns it.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);
