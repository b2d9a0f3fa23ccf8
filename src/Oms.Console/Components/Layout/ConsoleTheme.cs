using MudBlazor;

namespace Oms.Ui.Components.Layout;

/// <summary>
/// MudBlazor's palette with darker state colours, so that white text on a filled alert, chip or button and coloured text on
/// white both reach WCAG AA contrast (4.5:1); axe-core checks it on every page the console tests visit.
/// </summary>
public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949AB",
            Error = "#B3261E",
            Warning = "#8A5300",
            Success = "#1B6E20",
            Info = "#0B57D0",
        },
    };
}
