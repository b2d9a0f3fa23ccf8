namespace Oms.Server.Features.Network.Imports;

/// <summary>The file as a whole cannot be read (malformed CSV or JSON, missing or unknown columns): the job fails.</summary>
public sealed class ImportFileException(string message) : Exception(message);
