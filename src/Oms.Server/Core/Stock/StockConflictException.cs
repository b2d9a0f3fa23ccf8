namespace Oms.Server.Core.Stock;

/// <summary>
/// A planned reservation or promise no longer fits: another command took the units between this command's read and its
/// update. Never reaches a client: the command bus runs the command again on fresh stock.
/// </summary>
public sealed class StockConflictException(string message) : Exception(message);
