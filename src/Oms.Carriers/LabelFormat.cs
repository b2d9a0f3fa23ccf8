namespace Oms.Carriers;

/// <summary>How a label is printed: a PDF for office printers, ZPL for thermal label printers.</summary>
public enum LabelFormat
{
    Pdf,
    Zpl,
}
