namespace Waardering.Data; internal static class Placeholder { }
