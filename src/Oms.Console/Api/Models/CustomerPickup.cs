namespace Oms.Ui.Api.Models;

/// <summary>Where the customer collects lines, with the store's address and opening hours when known.</summary>
public sealed record CustomerPickup(string Location, string LocationName, bool Ready, DateTime? CollectBy, IReadOnlyList<int> LineNumbers,
    string? Address = null, IReadOnlyList<CustomerOpeningHours>? OpeningHours = null);
