"""A small recursive ray tracer: spheres and a plane, diffuse + specular
lighting, shadows and reflections. Renders to an in-memory canvas and prints
a checksum of the pixels.
Usage: python3 raytrace.py [size]   (default 200, renders size x size pixels)
"""
import math
import sys

EPSILON = 1e-5




class V3:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return V3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return V3(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        if isinstance(k, Color):
            return Color(self.r * k.r, self.g * k.g, self.b * k.b)
        return Color(self.r * k, self.g * k, self.b * k)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0, 0, 0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=40, reflect=0.0, checker=False):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker and (math.floor(point.x) + math.floor(point.z)) % 2:
            return self.color * 0.3
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, objects, lights, ambient=0.1, max_depth=3):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient
        self.max_depth = max_depth
        self.rays = 0

    def nearest(self, ray):
        best_t, best_obj = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best_obj = t, obj
        return best_t, best_obj

    def trace(self, ray, depth=0):
        self.rays += 1
        t, obj = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6, 0.7, 0.9) * k + Color(1, 1, 1) * (1 - k) * 0.2
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            to_light = light.position - point
            dist = to_light.length()
            ldir = to_light * (1.0 / dist)
            shadow_t, _ = self.nearest(Ray(point + normal * EPSILON, ldir))
            if shadow_t is not None and shadow_t < dist:
                continue
            lambert = max(0.0, normal.dot(ldir))
            color = color + base * light.color * (lambert * mat.diffuse)
            half = (ldir - ray.direction).normalized()
            spec = max(0.0, normal.dot(half)) ** mat.shininess
            color = color + light.color * (spec * mat.specular)
        if mat.reflect > 0 and depth < self.max_depth:
            refl = Ray(point + normal * EPSILON, ray.direction.reflect(normal))
            color = color * (1 - mat.reflect) + self.trace(refl, depth + 1) * mat.reflect
        return color


class Camera:
    def __init__(self, eye, target, up, fov_degrees, width, height):
        self.eye = eye
        self.width, self.height = width, height
        forward = (target - eye).normalized()
        right = forward.cross(up).normalized()
        true_up = right.cross(forward)
        half = math.tan(math.radians(fov_degrees) / 2)
        aspect = width / height
        self.forward, self.right, self.up = forward, right * (half * aspect), true_up * half

    def ray(self, px, py):
        sx = (2 * (px + 0.5) / self.width) - 1
        sy = 1 - (2 * (py + 0.5) / self.height)
        return Ray(self.eye, self.forward + self.right * sx + self.up * sy)


def build_scene():
    objects = [
        Plane(V3(0, 0, 0), V3(0, 1, 0), Material(Color(0.9, 0.9, 0.9), reflect=0.2, checker=True)),
        Sphere(V3(0, 1, 0), 1.0, Material(Color(0.9, 0.2, 0.2), reflect=0.3)),
        Sphere(V3(-2.2, 0.7, 0.8), 0.7, Material(Color(0.2, 0.8, 0.3), specular=0.6)),
        Sphere(V3(2.0, 0.6, -0.5), 0.6, Material(Color(0.2, 0.3, 0.9), reflect=0.5)),
        Sphere(V3(0.8, 0.3, 1.6), 0.3, Material(Color(0.9, 0.8, 0.1))),
    ]
    lights = [Light(V3(-4, 6, 5), Color(0.8, 0.8, 0.8)), Light(V3(5, 4, 2), Color(0.3, 0.3, 0.4))]
    return Scene(objects, lights)


def render(size):
    scene = build_scene()
    cam = Camera(V3(0, 2.2, 6), V3(0, 0.8, 0), V3(0, 1, 0), 50, size, size)
    pixels = []
    for y in range(size):
        row = []
        for x in range(size):
            row.append(scene.trace(cam.ray(x, y)).to_bytes())
        pixels.append(row)
    return pixels, scene.rays


def main(size):
    pixels, rays = render(size)
    checksum = 0
    for row in pixels:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    shades = ' .:-=+*#%@'
    step = max(1, size // 40)
    for y in range(0, size, step * 2):
        print(''.join(shades[sum(pixels[y][x]) * (len(shades) - 1) // 765] for x in range(0, size, step)))
    print('rays', rays, 'checksum', checksum)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
