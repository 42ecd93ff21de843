"""Converts scikit-image's sample pictures (Debian's python3-skimage) into the image lab's small JPEGs.

Usage: /usr/bin/python3 scripts/imageLabPictures.py [skimage data folder]
The folder defaults to /usr/lib/python3/dist-packages/skimage/data (apt-get install python3-skimage);
the files of an unpacked .deb (`apt-get download python3-skimage; dpkg-deb -x ...`) work too.
Each picture is scaled so its longer side is at most 512 pixels and written to public/images/.
"""
import os
import sys

from PIL import Image

# name: (file in skimage/data, source and licence as scikit-image's skimage.data documents them)
PICTURES = {
    'camera': ('camera.png', 'Lav Varshney, CC0'),
    'chelsea': ('chelsea.png', 'Stefan van der Walt, CC0'),
    'coffee': ('coffee.png', 'Rachel Michetti, CC0'),
    'astronaut': ('astronaut.png', 'NASA (Eileen Collins), public domain'),
}
LONGEST = 512


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else '/usr/lib/python3/dist-packages/skimage/data'
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'public', 'images')
    os.makedirs(out, exist_ok=True)
    for name, (file, credit) in PICTURES.items():
        im = Image.open(os.path.join(source, file))
        im = im.convert('L' if im.mode in ('L', 'I', 'I;16') else 'RGB')
        scale = min(1.0, LONGEST / max(im.size))
        if scale < 1:
            im = im.resize((round(im.size[0] * scale), round(im.size[1] * scale)), Image.LANCZOS)
        target = os.path.join(out, f'{name}.jpg')
        im.save(target, quality=88, optimize=True)
        print(f'{target}: {im.size[0]}x{im.size[1]} {im.mode}, {os.path.getsize(target)} bytes ({credit})')


if __name__ == '__main__':
    main()
