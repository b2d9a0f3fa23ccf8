namespace Oms.Server.Features.Network.Imports;

/// <summary>A rejected row: its number in the file (1 = the first data row), the field, and why.</summary>
public sealed record ImportRowErrorResponse(int Row, string Field, string Message);
