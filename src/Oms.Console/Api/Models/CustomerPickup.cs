namespace Oms.Ui.Api.Models;

/// <summary>Where the customer collects lines.</summary>
public sealed record CustomerPickup(string Location, string LocationName, bool Ready, DateTime? CollectBy, IReadOnlyList<int> LineNumbers);
