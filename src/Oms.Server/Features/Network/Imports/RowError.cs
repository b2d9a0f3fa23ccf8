namespace Oms.Server.Features.Network.Imports;

/// <summary>What is wrong with a row: the field as the API spells it (<c>$</c> for the row as a whole) and why.</summary>
public sealed record RowError(string Field, string Message);
