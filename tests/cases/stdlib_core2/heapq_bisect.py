import _heapq as hq, _bisect as bs
import heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7]: hq.heappush(h, x)
print(h, [hq.heappop(h) for _ in range(len(h))])
l = [9,8,7,6,5,4,3,2,1,0]; hq.heapify(l); print(l)
print(hq.heapreplace(l, 10), l, hq.heappushpop(l, -1), hq.heappushpop(l, 4), l)
m = [1,5,3,9,7]; hq._heapify_max(m); print(m, hq._heappop_max(m), hq._heapreplace_max(m, 0), m)
print(heapq.nlargest(3, [4,1,7,3,9]), heapq.nsmallest(2, [4,1,7,3,9]), list(heapq.merge([1,4,7],[2,5,8],[0])))
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        calls.append((s.v, o.v)); return s.v < o.v
calls = []
hh = [C(i) for i in [4, 2, 6, 1, 3]]
hq.heapify(hh); print([c.v for c in hh], calls)
for f,a in [(hq.heappush,(1,2)),(hq.heappop,(1,)),(hq.heappush,([],)),(hq.heappop,()),(hq.heapify,((),)),(hq.heapreplace,([],1)),(hq.heappop,([],)),(hq.heappushpop,((),1)),(hq._heappop_max,(5,))]:
  try: f(*a)
  except Exception as e: print(type(e).__name__, e)
a = [1,2,2,2,3,5]
print(bs.bisect_left(a, 2), bs.bisect_right(a, 2), bs.bisect_left(a, 2, 2), bs.bisect_right(a, 2, 0, 3), bs.bisect_left(a, 4, hi=-1))
bs.insort_left(a, 2); bs.insort_right(a, 4); bs.insort(a, 0) if hasattr(bs, 'insort') else None; print(a)
recs = [(1,'a'),(3,'b'),(5,'c')]
print(bisect.bisect(recs, 3, key=lambda r: r[0]), bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4,'x'), key=lambda r: r[0]); print(recs)
for a,k in [(([1],1,-1),{}),(([1],1,0,None),{}),(([1],1,'a'),{}),((1,1),{}),(([1],),{}),(([1],1),{'foo':1}),(([1],1,-2),{}), (([1,2,3],2,0,-5),{})]:
  try: print(bs.bisect_right(*a, **k))
  except Exception as e: print(type(e).__name__, e)
class L(list):
    def insert(self, i, x): print('insert', i, x); super().insert(i, x)
ll = L([1,3]); bs.insort(ll, 2) if hasattr(bs,'insort') else bs.insort_right(ll, 2); print(ll)
