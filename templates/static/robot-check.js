// Anti-robot check: find a nonce such that SHA-256(challenge ":" nonce) starts with the
// number of zero bits named in the challenge ("<issued>.<bits>.<address>.<random>.<mac>"),
// in slices of 40 ms so the page stays responsive. Plain JavaScript SHA-256 so it also works
// where crypto.subtle is unavailable (plain http).
(function () {
  "use strict";
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  var W = new Int32Array(64);
  var INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

  // One SHA-256 compression of the 16 words m[off..off + 16] into `state`.
  function compress(state, m, off) {
    var i;
    for (i = 0; i < 16; i++) W[i] = m[off + i];
    for (i = 16; i < 64; i++) {
      var x = W[i - 15], y = W[i - 2];
      var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    var a = state[0], b = state[1], c = state[2], d = state[3],
        e = state[4], f = state[5], g = state[6], h = state[7];
    for (i = 0; i < 64; i++) {
      var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
      var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    state[0] = (state[0] + a) | 0; state[1] = (state[1] + b) | 0;
    state[2] = (state[2] + c) | 0; state[3] = (state[3] + d) | 0;
    state[4] = (state[4] + e) | 0; state[5] = (state[5] + f) | 0;
    state[6] = (state[6] + g) | 0; state[7] = (state[7] + h) | 0;
  }

  // The challenge stays the same while nonces are tried: its whole 64-byte blocks are
  // hashed once, and each try hashes only the rest (one block instead of two).
  function midstate(prefix) {
    var state = new Int32Array(INITIAL), full = prefix.length >> 6, m = new Int32Array(16);
    for (var block = 0; block < full; block++) {
      m.fill(0);
      for (var i = 0; i < 64; i++) {
        m[i >> 2] |= prefix.charCodeAt(block * 64 + i) << (24 - (i & 3) * 8);
      }
      compress(state, m, 0);
    }
    return { state: state, rest: prefix.slice(full * 64), length: full * 64 };
  }

  var tail = new Int32Array(32), digest = new Int32Array(8);

  // Leading zero bits of SHA-256(prefix + suffix), counted in the first two words (enough).
  function zeroBits(mid, suffix) {
    var text = mid.rest + suffix, n = text.length, i;
    var words = ((n + 9 + 63) >> 6) << 4;
    tail.fill(0);
    for (i = 0; i < n; i++) tail[i >> 2] |= text.charCodeAt(i) << (24 - (i & 3) * 8);
    tail[n >> 2] |= 0x80 << (24 - (n & 3) * 8);
    tail[words - 1] = (mid.length + n) * 8;
    digest.set(mid.state);
    for (var off = 0; off < words; off += 16) compress(digest, tail, off);
    if (digest[0] !== 0) return Math.clz32(digest[0]);
    return 32 + Math.clz32(digest[1]);
  }

  var box = document.querySelector(".robot-check");
  if (!box) return;
  var challenge = box.getAttribute("data-challenge");
  var bits = parseInt(challenge.split(".")[1], 10);
  var input = document.getElementById("robot_nonce");
  var status = document.getElementById("robot-status");
  var button = box.form ? null : document.querySelector("form button[type=submit]");
  if (button) button.disabled = true;
  var progress = document.getElementById("robot-progress");
  // The page's language, from the template; English if it says nothing.
  var checking = box.getAttribute("data-checking") || "Checking that you are not a robot\u2026";
  var done = box.getAttribute("data-done") || "Checking that you are not a robot\u2026 done";
  status.textContent = checking;
  var nonce = 0, mid = midstate(challenge + ":");
  function work() {
    var end = Date.now() + 40;
    while (Date.now() < end) {
      for (var k = 0; k < 500; k++, nonce++) {
        if (zeroBits(mid, String(nonce)) >= bits) {
          input.value = String(nonce);
          status.textContent = done;
          if (progress) { progress.max = 1; progress.value = 1; }
          if (button) button.disabled = false;
          return;
        }
      }
    }
    setTimeout(work, 0);
  }
  setTimeout(work, 0);
})();
