package reports

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sync"
)

// rleZlib writes a zlib stream (RFC 1950) of one deflate block (RFC 1951)
// whose only back-references are runs: the bytes 1 or 3 back, whichever
// repeats longer. A chart's rows filtered with "Up" are mostly zeros, and
// its flat colours repeat every pixel (3 bytes): that is nearly all there
// is to find, and it is found 8 bytes at a time, with no hashing. The
// tokens are kept, and Close writes them with Huffman codes built for
// them: a chart comes out the size flate's best speed makes it, in half
// the time.
type rleZlib struct {
	tokens []token
	lit    [286]int // literal/length symbol counts
	dist   [30]int  // distance symbol counts
	extra  int      // the matches' extra bits
	adler  uint32
	// tail holds the last 3 bytes written, what the first bytes of the
	// next call may repeat; n counts the bytes written so far.
	tail [3]byte
	n    int
	buf  []byte

	out   []byte
	bits  uint64 // pending bits, the first in the lowest place
	nbits uint
}

// token is a literal byte (sym < 256) or a match: sym 257..285, then the
// length's extra bits and their count, then the distance symbol (0 for 1
// back, 2 for 3 back).
type token struct {
	sym        uint16
	extra      uint8
	extraBits  uint8
	distSymbol uint8
}

// tokenBufs keeps the token slices of closed streams for the next: a
// chart makes 100 000 tokens or more, and growing a new slice to that
// size took a sixth of a chart's time.
var tokenBufs sync.Pool // *[]token

func newRLEZlib(tokensHint int) *rleZlib {
	if p, ok := tokenBufs.Get().(*[]token); ok {
		return &rleZlib{tokens: (*p)[:0], adler: 1}
	}
	return &rleZlib{tokens: make([]token, 0, tokensHint), adler: 1}
}

func (z *rleZlib) literal(c byte) {
	z.tokens = append(z.tokens, token{sym: uint16(c)})
	z.lit[c]++
}

// match records a back-reference of length l (3..258) to dist (1 or 3).
func (z *rleZlib) match(l, dist int) {
	s := lengthSymbol[l]
	t := token{sym: 257 + s.sym, extra: uint8(l - int(s.base)), extraBits: uint8(s.extra), distSymbol: uint8(dist - 1)}
	z.tokens = append(z.tokens, t)
	z.lit[t.sym]++
	z.dist[t.distSymbol]++
	z.extra += int(s.extra)
}

// run records a run of l bytes repeating those dist back, as matches of
// at most 258 bytes; a tail too short to match is left to the caller.
func (z *rleZlib) run(l, dist int) (left int) {
	for l >= 3 {
		m := min(l, 258)
		if l-m > 0 && l-m < 3 { // leave a tail a match can take
			m = l - 3
		}
		z.match(m, dist)
		l -= m
	}
	return l
}

// Write compresses p.
func (z *rleZlib) Write(p []byte) {
	z.adler = adler32Update(z.adler, p)
	// b is the last 3 bytes written, then p: a run may start in them.
	k := min(z.n, 3)
	z.buf = append(append(z.buf[:0], z.tail[3-k:]...), p...)
	b := z.buf
	for i := k; i < len(b); {
		// Most bytes of a changed stretch start no run: b[i..i+2] neither
		// repeat b[i-1] nor b[i-3..i-1]. Such a byte is a literal, found
		// with two loads and no call.
		if i >= 3 && i+4 <= len(b) {
			r1 := binary.LittleEndian.Uint32(b[i-1:]) == uint32(b[i-1])*0x01010101
			r3 := (binary.LittleEndian.Uint32(b[i:])^binary.LittleEndian.Uint32(b[i-3:]))&0xffffff == 0
			if !r1 && !r3 {
				z.literal(b[i])
				i++
				continue
			}
		}
		l1, l3 := 0, 0
		if i >= 1 {
			l1 = runLength(b, i, 1)
		}
		if i >= 3 && l1 < 258 {
			l3 = runLength(b, i, 3)
		}
		l, dist := l1, 1
		if l3 > l1 {
			l, dist = l3, 3
		}
		if l < 3 {
			z.literal(b[i])
			i++
			continue
		}
		i += l - z.run(l, dist)
	}
	z.n += len(p)
	if len(b) >= 3 {
		copy(z.tail[:], b[len(b)-3:])
	} else {
		copy(z.tail[:], z.tail[len(b):])
		copy(z.tail[3-len(b):], b)
	}
}

// WriteZeroRun compresses n zero bytes: runs of the byte before, and
// Adler-32 in one step.
func (z *rleZlib) WriteZeroRun(n int) {
	if n <= 0 {
		return
	}
	const mod = 65521
	s1, s2 := z.adler&0xffff, z.adler>>16
	z.adler = (s2+uint32(n%mod)*s1)%mod<<16 | s1
	left := n
	if z.n == 0 || z.tail[2] != 0 { // no zero before to repeat
		z.literal(0)
		left--
	}
	for left = z.run(left, 1); left > 0; left-- {
		z.literal(0)
	}
	z.n += n
	if n >= 3 {
		z.tail = [3]byte{}
	} else {
		copy(z.tail[:], z.tail[n:])
		clear(z.tail[3-n:])
	}
}

// runLength is how many bytes from b[i] on repeat the bytes dist back
// (at most 258 + 3, enough for one match and a tail).
func runLength(b []byte, i, dist int) int {
	n := 0
	for i+n+8 <= len(b) && n < 261 {
		x := binary.LittleEndian.Uint64(b[i+n:]) ^ binary.LittleEndian.Uint64(b[i+n-dist:])
		if x != 0 {
			return n + bits.TrailingZeros64(x)/8
		}
		n += 8
	}
	for i+n < len(b) && n < 261 && b[i+n] == b[i+n-dist] {
		n++
	}
	return n
}

// put writes the n low bits of v, first bit first.
func (z *rleZlib) put(v uint64, n uint) {
	z.bits |= v << z.nbits
	z.nbits += n
	if z.nbits >= 32 {
		z.out = binary.LittleEndian.AppendUint32(z.out, uint32(z.bits))
		z.bits >>= 32
		z.nbits -= 32
	}
}

// codeLengthOrder is the order the code length code's lengths are sent in.
var codeLengthOrder = [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// Close writes the block, one with dynamic Huffman codes (RFC 1951
// §3.2.7), and returns the zlib stream.
func (z *rleZlib) Close() []byte {
	z.lit[256]++ // end of block
	litFreq, distFreq := z.lit[:], z.dist[:]
	atLeastTwo(litFreq)
	atLeastTwo(distFreq)
	litLen, distLen := huffmanLengths(litFreq, 15), huffmanLengths(distFreq, 15)
	nlit, ndist := 257, 1
	for s := range litLen {
		if litLen[s] > 0 {
			nlit = max(nlit, s+1)
		}
	}
	for s := range distLen {
		if distLen[s] > 0 {
			ndist = max(ndist, s+1)
		}
	}
	// The code lengths of both codes, run-length encoded with symbols
	// 16 (repeat the last 3..6 times), 17 (3..10 zeros), 18 (11..138 zeros).
	lengths := append(append([]uint8(nil), litLen[:nlit]...), distLen[:ndist]...)
	type clToken struct{ sym, extra, extraBits uint8 }
	var cl []clToken
	var clFreq [19]int
	for i := 0; i < len(lengths); {
		v, r := lengths[i], 1
		for i+r < len(lengths) && lengths[i+r] == v {
			r++
		}
		i += r
		for r > 0 {
			switch {
			case v == 0 && r >= 11:
				n := min(r, 138)
				cl = append(cl, clToken{18, uint8(n - 11), 7})
				r -= n
			case v == 0 && r >= 3:
				n := min(r, 10)
				cl = append(cl, clToken{17, uint8(n - 3), 3})
				r -= n
			case v != 0 && r >= 4:
				cl = append(cl, clToken{v, 0, 0})
				r--
				for r >= 3 {
					n := min(r, 6)
					cl = append(cl, clToken{16, uint8(n - 3), 2})
					r -= n
				}
			default:
				cl = append(cl, clToken{v, 0, 0})
				r--
			}
		}
	}
	for _, t := range cl {
		clFreq[t.sym]++
	}
	atLeastTwo(clFreq[:])
	clLen := huffmanLengths(clFreq[:], 7)
	ncl := 4
	for i, s := range codeLengthOrder {
		if clLen[s] > 0 {
			ncl = max(ncl, i+1)
		}
	}
	litCode, distCode, clCode := canonical(litLen), canonical(distLen), canonical(clLen)

	// The stream's size in bits (or a little more: atLeastTwo's counts
	// are not written), so z.out is made once.
	size := 3 + 5 + 5 + 4 + 3*ncl + z.extra
	for _, t := range cl {
		size += int(clLen[t.sym]) + int(t.extraBits)
	}
	for s, f := range litFreq {
		size += f * int(litLen[s])
	}
	for s, f := range distFreq {
		size += f * int(distLen[s])
	}
	z.out = make([]byte, 0, 2+size/8+1+4+4) // header, bits, Adler-32; put writes 4 bytes at a time
	z.out = append(z.out, 0x78, 0x01)       // deflate, 32K window; no dictionary
	z.put(1, 1)                             // BFINAL: the only block
	z.put(2, 2)                             // BTYPE 10: dynamic Huffman codes
	z.put(uint64(nlit-257), 5)
	z.put(uint64(ndist-1), 5)
	z.put(uint64(ncl-4), 4)
	for _, s := range codeLengthOrder[:ncl] {
		z.put(uint64(clLen[s]), 3)
	}
	for _, t := range cl {
		z.put(uint64(clCode[t.sym]), uint(clLen[t.sym]))
		z.put(uint64(t.extra), uint(t.extraBits))
	}
	// The tokens, most of the work: the bits kept in locals, and 32 of
	// them written whenever there are as many (a token adds at most 15 +
	// 5 + 15 bits, so 64 never overflow).
	out, acc, nacc := z.out, z.bits, z.nbits
	for _, t := range z.tokens {
		acc |= uint64(litCode[t.sym]) << nacc
		nacc += uint(litLen[t.sym])
		if t.sym > 256 {
			acc |= uint64(t.extra) << nacc
			nacc += uint(t.extraBits)
			if nacc >= 32 {
				out = binary.LittleEndian.AppendUint32(out, uint32(acc))
				acc >>= 32
				nacc -= 32
			}
			acc |= uint64(distCode[t.distSymbol]) << nacc
			nacc += uint(distLen[t.distSymbol])
		}
		if nacc >= 32 {
			out = binary.LittleEndian.AppendUint32(out, uint32(acc))
			acc >>= 32
			nacc -= 32
		}
	}
	z.out, z.bits, z.nbits = out, acc, nacc
	z.put(uint64(litCode[256]), uint(litLen[256]))
	tokens := z.tokens[:0]
	z.tokens = nil
	tokenBufs.Put(&tokens)
	for z.nbits > 0 {
		z.out = append(z.out, byte(z.bits))
		z.bits >>= 8
		z.nbits -= min(z.nbits, 8)
	}
	return binary.BigEndian.AppendUint32(z.out, z.adler)
}

// atLeastTwo gives symbols 0 and 1 a count if fewer than two symbols
// occur: a code of two or more symbols is complete, which every decoder
// takes (one of a single symbol is not, and not all do).
func atLeastTwo(freq []int) {
	n := 0
	for _, f := range freq {
		if f > 0 {
			n++
		}
	}
	for s := 0; n < 2; s++ {
		if freq[s] == 0 {
			freq[s], n = 1, n+1
		}
	}
}

// huffmanLengths returns the code length of every symbol (0: not used) of
// a Huffman code for the counts, none longer than maxBits: counts are
// halved (the rare symbols kept at 1) until the tree is shallow enough.
func huffmanLengths(freq []int, maxBits int) []uint8 {
	f := append([]int(nil), freq...)
	for {
		lengths, deepest := huffmanTree(f)
		if deepest <= maxBits {
			return lengths
		}
		for i := range f {
			if f[i] > 0 {
				f[i] = (f[i] + 1) / 2
			}
		}
	}
}

// huffmanTree builds a Huffman tree of the used symbols (two queues over
// the counts in ascending order) and returns every symbol's depth and the
// deepest.
func huffmanTree(freq []int) ([]uint8, int) {
	lengths := make([]uint8, len(freq))
	var syms []int
	for s, f := range freq {
		if f > 0 {
			syms = append(syms, s)
		}
	}
	if len(syms) == 1 {
		lengths[syms[0]] = 1
		return lengths, 1
	}
	// Ties broken by symbol, so the same counts give the same code.
	slices.SortStableFunc(syms, func(a, b int) int { return freq[a] - freq[b] })
	// Nodes 0..len(syms)-1 are the leaves, in order; the internal nodes
	// follow as they are made. parent[i] is node i's parent.
	n := len(syms)
	weight := make([]int, 0, 2*n)
	for _, s := range syms {
		weight = append(weight, freq[s])
	}
	parent := make([]int, 2*n-1)
	leaf, inner := 0, n // next leaf, next internal node not yet merged
	take := func() int {
		if leaf < n && (inner >= len(weight) || weight[leaf] <= weight[inner]) {
			leaf++
			return leaf - 1
		}
		inner++
		return inner - 1
	}
	for len(weight) < 2*n-1 {
		a, b := take(), take()
		parent[a], parent[b] = len(weight), len(weight)
		weight = append(weight, weight[a]+weight[b])
	}
	depth := make([]int, 2*n-1)
	deepest := 0
	for i := 2*n - 3; i >= 0; i-- { // parents come after their children
		depth[i] = depth[parent[i]] + 1
		if i < n {
			lengths[syms[i]] = uint8(depth[i])
			deepest = max(deepest, depth[i])
		}
	}
	return lengths, deepest
}

// canonical assigns the canonical codes of RFC 1951 §3.2.2 to the lengths,
// bit-reversed, ready for put.
func canonical(lengths []uint8) []uint16 {
	var count [16]int
	for _, l := range lengths {
		count[l]++
	}
	count[0] = 0
	var next [16]int
	code := 0
	for b := 1; b < 16; b++ {
		code = (code + count[b-1]) << 1
		next[b] = code
	}
	codes := make([]uint16, len(lengths))
	for s, l := range lengths {
		if l > 0 {
			codes[s] = reverseBits(uint16(next[l]), int(l))
			next[l]++
		}
	}
	return codes
}

// lengthSymbol maps a match length 3..258 to its symbol (minus 257), the
// symbol's base length and its extra bits.
var lengthSymbol = func() (t [259]struct{ sym, base, extra uint16 }) {
	base := []uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	extra := []uint16{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	for s := range base {
		end := 259
		if s+1 < len(base) {
			end = int(base[s+1])
		}
		for l := int(base[s]); l < end; l++ {
			t[l].sym, t[l].base, t[l].extra = uint16(s), base[s], extra[s]
		}
	}
	return t
}()

func reverseBits(v uint16, n int) uint16 { return bits.Reverse16(v) >> (16 - n) }

// adler32Update is Adler-32 (RFC 1950) continued over p; zero bytes,
// most of a filtered chart, are added 8 at a time.
func adler32Update(a uint32, p []byte) uint32 {
	const mod, nmax = 65521, 5552 // nmax: s2 cannot overflow before the modulo
	s1, s2 := a&0xffff, a>>16
	for len(p) > 0 {
		chunk := p[:min(len(p), nmax)]
		p = p[len(chunk):]
		for len(chunk) >= 8 {
			if binary.LittleEndian.Uint64(chunk) == 0 {
				s2 += 8 * s1
			} else {
				for _, c := range chunk[:8] {
					s1 += uint32(c)
					s2 += s1
				}
			}
			chunk = chunk[8:]
		}
		for _, c := range chunk {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
	}
	return s2<<16 | s1
}
