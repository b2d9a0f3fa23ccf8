namespace Oms.Server.Core.Stock;

internal enum StockOpKind { Reserve, Release, Consume, Sell, Count, Adjust, Receive, Promise, ReleasePromise }
