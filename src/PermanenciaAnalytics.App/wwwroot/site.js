// Permanencia Escolar: the only script, and optional. On a narrow screen the grade chart shrinks to the screen and its
// clickable bars (an image map, whose coordinates are image pixels) are rescaled with it. Without this script the
// chart keeps its size and scrolls sideways, and every bar still links to its grade.
(function () {
  'use strict';
  function fit(img) {
    var map = document.querySelector('map[name="' + img.useMap.replace('#', '') + '"]');
    if (!map || !img.naturalWidth) { return; }
    var ratio = img.clientWidth / img.naturalWidth;
    map.querySelectorAll('area[data-coords]').forEach(function (area) {
      area.coords = area.getAttribute('data-coords').split(',').map(function (c) { return Math.round(Number(c) * ratio); }).join(',');
    });
  }
  function fitAll() { document.querySelectorAll('figure.mapped img[usemap]').forEach(fit); }
  document.documentElement.classList.add('js');
  window.addEventListener('load', fitAll);
  window.addEventListener('resize', fitAll);
}());
