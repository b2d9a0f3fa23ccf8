using System.Text.Json;

namespace Oms.Ui.Api.Models;

/// <summary>
/// A location of the fulfilment network (GET /api/locations). Address and opening hours are kept as the API sent them, so
/// that a save (the API replaces the whole record) sends them back unchanged.
/// </summary>
public sealed record NetworkLocation(string Code, string Name, string Type, double Latitude, double Longitude, string SizeClass,
    IReadOnlyList<string> Capabilities, bool Enabled, JsonElement? Address, string TimeZone, JsonElement? OpeningHours, string? CutOffTime);
