using System.Runtime.CompilerServices;

// The hot path stackallocs per sentence (units, word ids) and its methods keep large struct locals (tokens, units, drafts):
// none of them is read before it is written, so the JIT need not zero them first. A buffer that is read before it is written
// is cleared where it is taken.
[module: SkipLocalsInit]
