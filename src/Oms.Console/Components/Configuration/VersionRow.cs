namespace Oms.Ui.Components.Configuration;

/// <summary>One saved version as the history shows it; <see cref="Text"/> is what the diff between two versions compares.</summary>
public sealed record VersionRow(int Version, bool Active, string CreatedBy, DateTime CreatedAt, string? Comment, string Text);
