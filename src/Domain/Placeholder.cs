namespace Waardering.Domain; internal static class Placeholder { }
