using System.Text.Json;

namespace Oms.Ui.Api.Models;

/// <summary>One version of a configuration document (GET …/versions): who saved and activated it, and the document.</summary>
public sealed record ConfigVersion(string Kind, string Key, int Version, bool Active, string? Comment, string CreatedBy, DateTime CreatedAt,
    string? ActivatedBy, DateTime? ActivatedAt, JsonElement Document);
