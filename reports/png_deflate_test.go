package reports

import (
	"bytes"
	"compress/zlib"
	"hash/adler32"
	"io"
	"math/rand"
	"testing"
)

// rleZlibRoundTrip compresses the writes with rleZlib and reads them back
// with compress/zlib, which also checks the Adler-32. A write that is nil
// but for a length (zeroRun) goes through WriteZeroRun.
func rleZlibRoundTrip(t *testing.T, writes [][]byte) {
	t.Helper()
	z := newRLEZlib(0)
	var all []byte
	for _, w := range writes {
		if n, ok := zeroRunLength(w); ok {
			z.WriteZeroRun(n)
			all = append(all, make([]byte, n)...)
			continue
		}
		z.Write(w)
		all = append(all, w...)
	}
	stream := z.Close()
	r, err := zlib.NewReader(bytes.NewReader(stream))
	if err != nil {
		t.Fatalf("header: %v", err)
	}
	back, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%d bytes in %d writes: %v", len(all), len(writes), err)
	}
	if !bytes.Equal(back, all) {
		t.Fatalf("%d bytes in %d writes came back as %d different bytes", len(all), len(writes), len(back))
	}
}

// zeroRun marks a write of n zero bytes through WriteZeroRun.
func zeroRun(n int) []byte { return append([]byte("\xffzero"), byte(n>>8), byte(n)) }

func zeroRunLength(w []byte) (int, bool) {
	if len(w) == 7 && string(w[:5]) == "\xffzero" {
		return int(w[5])<<8 | int(w[6]), true
	}
	return 0, false
}

func TestRLEZlib(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	// bytesOf makes n bytes: runs of one byte, runs of a 3-byte pattern,
	// noise, with the given chance of each.
	bytesOf := func(n int) []byte {
		b := make([]byte, 0, n)
		for len(b) < n {
			k := 1 + r.Intn(600)
			switch r.Intn(4) {
			case 0:
				c := byte(r.Intn(3)) * 127
				for range k {
					b = append(b, c)
				}
			case 1:
				p := []byte{byte(r.Intn(256)), byte(r.Intn(256)), byte(r.Intn(256))}
				for j := range k {
					b = append(b, p[j%3])
				}
			default:
				for range k % 20 {
					b = append(b, byte(r.Intn(256)))
				}
			}
		}
		return b[:n]
	}
	rleZlibRoundTrip(t, nil)
	rleZlibRoundTrip(t, [][]byte{{}})
	rleZlibRoundTrip(t, [][]byte{{7}})
	rleZlibRoundTrip(t, [][]byte{{0}, {0}, {0}, {0, 0, 0, 0, 0}}) // runs across writes
	rleZlibRoundTrip(t, [][]byte{{1, 2}, {3}, {1, 2, 3, 1, 2, 3, 1}})
	for _, n := range []int{256, 257, 258, 259, 260, 261, 262, 263, 264, 516, 517, 100000} {
		rleZlibRoundTrip(t, [][]byte{{9}, make([]byte, n)}) // every split of a long run
		rleZlibRoundTrip(t, [][]byte{bytes.Repeat([]byte{1, 2, 3}, n/3+1)[:n]})
	}
	// Zero runs after nothing, after a zero, after a non-zero, of every
	// short length and across a match's 258 bytes.
	for _, n := range []int{1, 2, 3, 4, 257, 258, 259, 260, 261, 4800} {
		rleZlibRoundTrip(t, [][]byte{zeroRun(n)})
		rleZlibRoundTrip(t, [][]byte{{0}, zeroRun(n), {5}})
		rleZlibRoundTrip(t, [][]byte{{7, 7, 7, 7}, zeroRun(n), zeroRun(n), {1, 0, 0}})
		rleZlibRoundTrip(t, [][]byte{{7, 7, 7}, zeroRun(n), {7, 7, 7, 7}}) // the zeros are what comes before
	}
	for range 300 {
		var writes [][]byte
		for range 1 + r.Intn(8) {
			if r.Intn(3) == 0 {
				writes = append(writes, zeroRun(1+r.Intn(5000)))
			} else {
				writes = append(writes, bytesOf(r.Intn(3000)))
			}
		}
		rleZlibRoundTrip(t, writes)
	}
}

func TestAdler32Update(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for _, n := range []int{0, 1, 7, 8, 9, 5551, 5552, 5553, 20000, 100003} {
		p := make([]byte, n)
		for i := range p {
			if r.Intn(3) == 0 {
				p[i] = byte(r.Intn(256))
			}
		}
		if n > 50000 {
			for i := range p[:n/2] {
				p[i] = 255 // the worst case for overflow before the modulo
			}
		}
		if got, want := adler32Update(1, p), adler32.Checksum(p); got != want {
			t.Fatalf("%d bytes: %#x, want %#x", n, got, want)
		}
	}
}

func FuzzRLEZlib(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0}, 2)
	f.Add(bytes.Repeat([]byte{5, 6, 7}, 200), 17)
	f.Fuzz(func(t *testing.T, data []byte, split int) {
		if split <= 0 || split > len(data) {
			rleZlibRoundTrip(t, [][]byte{data})
			return
		}
		// The split point is also a run of zeros as long as the first part.
		rleZlibRoundTrip(t, [][]byte{data[:split], zeroRun(split % 700), data[split:]})
	})
}

// Codes are complete (Kraft's sum is exactly 1) and no longer than asked,
// even for counts whose plain Huffman tree is deeper (Fibonacci counts).
func TestHuffmanLengths(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	fib := make([]int, 40)
	fib[0], fib[1] = 1, 1
	for i := 2; i < len(fib); i++ {
		fib[i] = fib[i-1] + fib[i-2]
	}
	cases := [][]int{fib, {5, 0, 0, 7}, {0, 0, 1, 1}}
	for range 200 {
		f := make([]int, 2+r.Intn(290))
		for i := range f {
			if r.Intn(3) > 0 {
				f[i] = 1 + r.Intn(1<<uint(r.Intn(20)))
			}
		}
		atLeastTwo(f)
		cases = append(cases, f)
	}
	for k, f := range cases {
		for _, maxBits := range []int{7, 15} {
			if len(f) > 1<<maxBits {
				continue
			}
			lengths := huffmanLengths(f, maxBits)
			kraft := 0.0
			for s, l := range lengths {
				if (l > 0) != (f[s] > 0) || int(l) > maxBits {
					t.Fatalf("case %d, max %d: symbol %d (count %d) has length %d", k, maxBits, s, f[s], l)
				}
				if l > 0 {
					kraft += 1 / float64(uint(1)<<l)
				}
			}
			if kraft != 1 {
				t.Fatalf("case %d, max %d: Kraft sum %v, want 1", k, maxBits, kraft)
			}
		}
	}
}
