// Shows the name and figures of the gemeente under the pointer or keyboard focus beside the map;
// the same text is each shape's <title> (hover) and aria-label (screen readers).
(function () {
  var detail = document.getElementById('kaartdetail');
  var kaart = document.getElementById('kaart');
  if (!detail || !kaart) {
    return;
  }
  function toon(e) {
    var vlak = e.target.closest('path.gemeente');
    if (vlak) {
      detail.textContent = vlak.getAttribute('aria-label');
    }
  }
  kaart.addEventListener('mouseover', toon);
  kaart.addEventListener('focusin', toon);
})();
