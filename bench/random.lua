-- wrk script: a different random catalogue filter set on every request (no cache hits).
local words = {"kopi", "madu", "tas", "sarung", "beras", "jamu", "sabun", "keripik", "batik", "teh"}
local cats = {"makanan-minuman", "fesyen-muslim", "kerajinan", "pertanian-peternakan", "herbal-kesehatan", "kosmetik"}
local sorts = {"terbaru", "termurah", "termahal", "nama"}
math.randomseed(os.time())
request = function()
  local q = {}
  if math.random() < 0.4 then q[#q + 1] = "q=" .. words[math.random(#words)] end
  if math.random() < 0.5 then q[#q + 1] = "kategori=" .. cats[math.random(#cats)] end
  if math.random() < 0.5 then q[#q + 1] = "wilayah=" .. (3500 + math.random(29)) end
  if math.random() < 0.4 then q[#q + 1] = "min=" .. (math.random(1, 50) * 1000) end
  -- a price ceiling no product has makes every request a distinct filter set
  q[#q + 1] = "maks=" .. math.random(200000, 100000000)
  if math.random() < 0.5 then q[#q + 1] = "urut=" .. sorts[math.random(#sorts)] end
  return wrk.format("GET", "/produk?" .. table.concat(q, "&"))
end
