namespace Oms.Domain.Imports;

/// <summary>Queued until a server node claims it; running while its batches are applied; then completed or failed.</summary>
public enum ImportStatus { Queued, Running, Completed, Failed }
